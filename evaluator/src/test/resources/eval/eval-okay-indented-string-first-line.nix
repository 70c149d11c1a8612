''abc
  def''

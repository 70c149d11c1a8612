-- six for Neovim: starts `six lsp` for Nix buffers (Neovim 0.7 through the current releases) and
-- adds six's commands. Usage, with this directory on 'runtimepath':
--   require('six').setup({ cmd = { '/path/to/six/six', 'lsp' } })
local M = {}

local defaults = {
  -- The server: the six launcher of a checkout (or `six` on PATH) with `lsp`.
  cmd = { 'six', 'lsp' },
  -- Files whose directory is the workspace root, looked for upwards from the buffer's file.
  root_markers = { '.git', 'flake.nix' },
  -- More arguments for `six build` (:SixBuild), such as { '--no-firmware' }.
  build_args = {},
  -- Sent as the workspace/configuration section "six".
  settings = { siteRoot = nil, nixPath = nil, evaluateOnSave = true, logLevel = nil },
}

M.config = vim.deepcopy(defaults)

-- Client ids by root directory, for Neovim 0.7 (which has no vim.lsp.start to share them).
local clients = {}

local function exists(path)
  return vim.loop.fs_stat(path) ~= nil
end

--- The workspace root of `file`: the nearest directory above it holding a root marker, else the
--- file's own directory.
function M.root_dir(file)
  local dir = vim.fn.fnamemodify(file, ':p:h')
  local probe = dir
  while true do
    for _, marker in ipairs(M.config.root_markers) do
      if exists(probe .. '/' .. marker) then
        return probe
      end
    end
    local parent = vim.fn.fnamemodify(probe, ':h')
    if parent == probe then
      return dir
    end
    probe = parent
  end
end

--- The server's command, or nil and a message saying what is missing.
function M.command()
  local cmd = vim.deepcopy(M.config.cmd)
  if vim.fn.executable(cmd[1]) ~= 1 then
    return nil, ('six: cannot run %q; give setup{ cmd = { "/path/to/six", "lsp" } }'):format(cmd[1])
  end
  local env = {}
  if M.config.settings.nixPath then
    table.insert(env, 'NIX_PATH=' .. M.config.settings.nixPath)
  end
  if M.config.settings.logLevel then
    table.insert(env, 'SIX_LOG_LEVEL=' .. M.config.settings.logLevel)
  end
  if #env > 0 then
    cmd = vim.list_extend(vim.list_extend({ 'env' }, env), cmd)
  end
  return cmd
end

local function client_config(root)
  local cmd, problem = M.command()
  if not cmd then
    return nil, problem
  end
  return {
    name = 'six',
    cmd = cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
    settings = { six = M.config.settings },
  }
end

--- Attaches the six server to buffer `bufnr` (started for its root directory when needed);
--- returns the client id, or nil and a message.
function M.attach(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local file = vim.api.nvim_buf_get_name(bufnr)
  if file == '' then
    return nil, 'six: the buffer has no file'
  end
  local root = M.root_dir(file)
  local config, problem = client_config(root)
  if not config then
    vim.notify(problem, vim.log.levels.ERROR)
    return nil, problem
  end
  if vim.lsp.start then
    -- 0.8's vim.lsp.start attaches the current buffer (opts.bufnr came in 0.9).
    return vim.api.nvim_buf_call(bufnr, function()
      return vim.lsp.start(config, { bufnr = bufnr })
    end)
  end
  local id = clients[root]
  if not id or not vim.lsp.get_client_by_id(id) then
    id = vim.lsp.start_client(config)
    clients[root] = id
  end
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

local function buffer_clients(bufnr)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = bufnr })
  end
  return vim.lsp.buf_get_clients(bufnr)
end

local function six_client(bufnr)
  for _, client in pairs(buffer_clients(bufnr)) do
    if client.name == 'six' then
      return client
    end
  end
  return nil
end

--- Lines showing a six/infusionPreview result.
function M.preview_lines(preview)
  if preview == nil or preview == vim.NIL then
    return { 'No infusion at point.' }
  end
  local lines = {}
  local function add(text)
    if type(text) ~= 'string' then
      text = vim.inspect(text)
    end
    vim.list_extend(lines, vim.split(text, '\n', { plain = true }))
  end
  add('Target: ' .. tostring(preview.target))
  add('')
  add('Before')
  add(preview.before)
  add('')
  add('After')
  add(preview.after)
  local directory = preview.serviceDirectory
  if directory ~= nil and directory ~= vim.NIL then
    add('')
    add('s6-rc service directory')
    if type(directory) == 'string' then
      add(directory)
    elseif (vim.islist or vim.tbl_islist)(directory) then
      for _, file in ipairs(directory) do
        add('── ' .. tostring(file.path or file.name))
        add(file.contents or file.content or '')
      end
    else
      for name, contents in pairs(directory) do
        add('── ' .. name)
        add(contents)
      end
    end
  end
  return lines
end

local function show_in_split(name, lines)
  local old = vim.fn.bufnr(name)
  if old ~= -1 then
    vim.api.nvim_buf_delete(old, { force = true })
  end
  vim.cmd('botright vsplit')
  local buf = vim.api.nvim_create_buf(false, true)
  vim.api.nvim_buf_set_name(buf, name)
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  vim.bo[buf].modifiable = false
  vim.api.nvim_win_set_buf(0, buf)
  return buf
end

--- :SixInfusionPreview — the target of the infusion under the cursor before and after it.
function M.infusion_preview()
  local bufnr = vim.api.nvim_get_current_buf()
  local client = six_client(bufnr)
  if not client then
    vim.notify('six: no six language server in this buffer', vim.log.levels.ERROR)
    return
  end
  local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
  local function show(err, result)
    if err then
      local message = err.code == -32601 and 'the server has no six/infusionPreview' or err.message
      vim.notify('six: infusion preview failed: ' .. message, vim.log.levels.ERROR)
      return
    end
    show_in_split('six://infusion-preview', M.preview_lines(result))
  end
  if vim.fn.has('nvim-0.11') == 1 then
    client:request('six/infusionPreview', params, show, bufnr)
  else
    client.request('six/infusionPreview', params, show, bufnr)
  end
end

--- The host of a hosts/<host>.nix or hosts/<host>/… file, or nil.
function M.host_of(file)
  return file:match('/hosts/([^/]+)%.nix$') or file:match('/hosts/([^/]+)/')
end

--- The site directory: settings.siteRoot, else the nearest directory above `file` with hosts/.
function M.site_of(file)
  if M.config.settings.siteRoot then
    return M.config.settings.siteRoot
  end
  local dir = vim.fn.fnamemodify(file, ':p:h')
  while true do
    if vim.fn.isdirectory(dir .. '/hosts') == 1 then
      return dir
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then
      return nil
    end
    dir = parent
  end
end

local function six_program()
  local cmd = M.command()
  return cmd and cmd[#cmd - 1] or M.config.cmd[1]
end

local function run_in_terminal(argv, cwd)
  vim.cmd('botright split')
  vim.fn.termopen(argv, { cwd = cwd })
end

--- :SixBuild [host] — `six build SITE --host HOST` in a terminal split.
function M.build(host)
  local file = vim.api.nvim_buf_get_name(0)
  host = (host and host ~= '') and host or M.host_of(file)
  if not host then
    vim.notify('six: which host? :SixBuild HOST', vim.log.levels.ERROR)
    return
  end
  local site = M.site_of(file)
  local argv = { six_program(), 'build' }
  if site then
    table.insert(argv, site)
  end
  vim.list_extend(argv, { '--host', host })
  vim.list_extend(argv, M.config.build_args)
  run_in_terminal(argv, site)
  return argv
end

--- :SixDb [host] — the host's compiled s6-rc database (result/<host>/s6-rc/compiled).
function M.db(host)
  local file = vim.api.nvim_buf_get_name(0)
  host = (host and host ~= '') and host or M.host_of(file)
  local site = M.site_of(file) or vim.fn.getcwd()
  if not host then
    vim.notify('six: which host? :SixDb HOST', vim.log.levels.ERROR)
    return
  end
  local compiled = site .. '/result/' .. host .. '/s6-rc/compiled'
  if vim.fn.isdirectory(compiled) ~= 1 then
    vim.notify('six: no compiled database at ' .. compiled .. '; :SixBuild ' .. host .. ' first',
      vim.log.levels.ERROR)
    return
  end
  local argv = { six_program(), 'db', '-c', compiled, 'list', 'all' }
  run_in_terminal(argv, site)
  return argv
end

--- Configures six: `opts` overrides the defaults (cmd, root_markers, build_args, settings); Nix buffers opened
--- from now on get the server.
function M.setup(opts)
  M.config = vim.tbl_deep_extend('force', vim.deepcopy(defaults), opts or {})
  local group = vim.api.nvim_create_augroup('six', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = 'nix',
    callback = function(args)
      M.attach(args.buf)
    end,
  })
  vim.api.nvim_create_user_command('SixInfusionPreview', M.infusion_preview, {})
  vim.api.nvim_create_user_command('SixBuild', function(c) M.build(c.args) end, { nargs = '?' })
  vim.api.nvim_create_user_command('SixDb', function(c) M.db(c.args) end, { nargs = '?' })
  -- Buffers that were already open.
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) and vim.bo[buf].filetype == 'nix' then
      M.attach(buf)
    end
  end
end

return M

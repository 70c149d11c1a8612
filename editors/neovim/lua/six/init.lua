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
  -- The server's log level, given to it as SIX_LOG_LEVEL (ERROR, WARN, INFO, DEBUG, TRACE); nil: INFO.
  log_level = nil,
  -- Show the server's code lenses (an infusion's target before and after) and refresh them on save.
  codelens = true,
  -- The server's settings, sent as the workspace/configuration section "six" and as
  -- initializationOptions (six.nixpkgs is read only there and on didChangeConfiguration):
  --   evaluation.roots      files or directories to evaluate on save, relative to the workspace
  --                         (empty: the default.nix/site.nix files nothing imports); the first
  --                         directory with hosts/ is also the site :SixBuild builds
  --   evaluation.enable     evaluate on save
  --   evaluation.timeLimit  seconds one root's evaluation may take
  --   nixPath               NIX_PATH entries ("prefix=path" or "path"), also NIX_PATH for builds
  --   diagnostics.delay     milliseconds the diagnostics wait after an edit
  --   nixpkgs               a nixpkgs checkout whose packages are indexed (nil: NIX_PATH's nixpkgs=)
  settings = {
    evaluation = { roots = {}, enable = true, timeLimit = 10 },
    nixPath = {},
    diagnostics = { delay = 150 },
    nixpkgs = nil,
  },
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
  if #M.config.settings.nixPath > 0 then
    table.insert(env, 'NIX_PATH=' .. table.concat(M.config.settings.nixPath, ':'))
  end
  if M.config.log_level then
    table.insert(env, 'SIX_LOG_LEVEL=' .. M.config.log_level)
  end
  if #env > 0 then
    cmd = vim.list_extend(vim.list_extend({ 'env' }, env), cmd)
  end
  return cmd
end

--- The settings section "six" as sent (the nixpkgs checkout made absolute).
function M.settings()
  local settings = vim.deepcopy(M.config.settings)
  if settings.nixpkgs then
    settings.nixpkgs = vim.fn.fnamemodify(settings.nixpkgs, ':p')
  end
  return settings
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
    settings = { six = M.settings() },
    init_options = { six = M.settings() },
    on_attach = function(_, bufnr)
      if M.config.codelens then
        vim.lsp.codelens.refresh()
        vim.api.nvim_create_autocmd({ 'BufEnter', 'BufWritePost', 'InsertLeave' }, {
          group = vim.api.nvim_create_augroup('six_codelens_' .. bufnr, { clear = true }),
          buffer = bufnr,
          callback = function() vim.lsp.codelens.refresh() end,
        })
      end
    end,
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

local function text_of(value)
  if value == nil or value == vim.NIL then
    return '(nothing)'
  end
  return type(value) == 'string' and value or vim.inspect(value)
end

local function lines_of(text)
  local lines = vim.split(text, '\n', { plain = true })
  if lines[#lines] == '' then
    table.remove(lines)
  end
  return lines
end

--- The lines of `before` and `after` as a diff: { mark, line } pairs, mark ' ' for a line both
--- share, '-' for one only `before` has, '+' for one only `after` has. The lines both start and
--- end with are shared; the ones between are replaced.
function M.line_diff(before, after)
  local old, new = lines_of(before), lines_of(after)
  local start, old_end, new_end = 1, #old, #new
  while start <= old_end and start <= new_end and old[start] == new[start] do
    start = start + 1
  end
  while old_end >= start and new_end >= start and old[old_end] == new[new_end] do
    old_end, new_end = old_end - 1, new_end - 1
  end
  local diff = {}
  for i = 1, start - 1 do table.insert(diff, { ' ', old[i] }) end
  for i = start, old_end do table.insert(diff, { '-', old[i] }) end
  for i = start, new_end do table.insert(diff, { '+', new[i] }) end
  for i = old_end + 1, #old do table.insert(diff, { ' ', old[i] }) end
  return diff
end

local function files_by_path(files)
  local by_path = {}
  if type(files) == 'table' then
    for _, file in ipairs(files) do
      by_path[file.path] = file
    end
  end
  return by_path
end

--- Lines showing a six/infusionPreview result: the target before and after, the changes, and the
--- service's s6-rc directory file by file (unchanged, added, removed, or changed with a diff).
function M.preview_lines(preview)
  if preview == nil or preview == vim.NIL then
    return { 'No infusion at point.' }
  end
  local lines = {}
  local function add(text)
    vim.list_extend(lines, vim.split(text_of(text), '\n', { plain = true }))
  end
  local function add_diff(before, after)
    for _, line in ipairs(M.line_diff(before, after)) do
      table.insert(lines, line[1] .. ' ' .. line[2])
    end
  end
  -- an empty target: the infusion's whole argument (a preview asked for at its opening brace)
  add('Target: ' .. (preview.target == '' and '(the whole infusion)' or text_of(preview.target)))
  add('Infusion: ' .. table.concat(vim.tbl_map(text_of, preview.keys or {}), '.'))
  add('Evaluated by: ' .. text_of(preview.root))
  add('')
  add('Before')
  add(preview.before)
  add('')
  add('After')
  add(preview.after)
  if type(preview.changes) == 'table' and #preview.changes > 0 then
    add('')
    add('Changes')
    for _, change in ipairs(preview.changes) do
      add(('%s.%s: %s → %s'):format(text_of(change.target), text_of(change.path), text_of(change.before),
        text_of(change.after)))
    end
  end
  local directory = preview.serviceDirectory
  if type(directory) == 'table' then
    add('')
    add('s6-rc service directory ' .. text_of(directory.name))
    local before, after = files_by_path(directory.before), files_by_path(directory.after)
    if type(directory.before) ~= 'table' then
      add('(the service is new: every file is added)')
    end
    local paths = {}
    for path in pairs(before) do table.insert(paths, path) end
    for path in pairs(after) do
      if not before[path] then table.insert(paths, path) end
    end
    table.sort(paths)
    for _, path in ipairs(paths) do
      local old, new = before[path], after[path]
      local function mode(file) return file.executable == true and ' (executable)' or '' end
      if old and new and old.contents == new.contents and mode(old) == mode(new) then
        add(('  %s%s: unchanged'):format(path, mode(new)))
      elseif old and new then
        add(('~ %s%s: changed'):format(path, mode(new)))
        add_diff(text_of(old.contents), text_of(new.contents))
      elseif new then
        add(('+ %s%s: added'):format(path, mode(new)))
        add_diff('', text_of(new.contents))
      else
        add(('- %s%s: removed'):format(path, mode(old)))
        add_diff(text_of(old.contents), '')
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

local function request(client, method, params, handler, bufnr)
  if vim.fn.has('nvim-0.11') == 1 then
    client:request(method, params, handler, bufnr)
  else
    client.request(method, params, handler, bufnr)
  end
end

--- Shows the preview of the infusion at `params` (a TextDocumentPositionParams) in a split.
function M.show_preview(client, params, bufnr)
  request(client, 'six/infusionPreview', params, function(err, result)
    if err then
      vim.notify('six: infusion preview failed: ' .. tostring(err.message), vim.log.levels.ERROR)
      return
    end
    show_in_split('six://infusion-preview', M.preview_lines(result))
  end, bufnr)
end

--- :SixInfusionPreview — the target of the infusion under the cursor before and after it.
function M.infusion_preview()
  local bufnr = vim.api.nvim_get_current_buf()
  local client = six_client(bufnr)
  if not client then
    vim.notify('six: no six language server in this buffer', vim.log.levels.ERROR)
    return
  end
  M.show_preview(client, vim.lsp.util.make_position_params(0, client.offset_encoding), bufnr)
end

--- The command of the server's infusion code lenses: arguments { uri, position }.
function M.lens_command(command, ctx)
  local uri, position = command.arguments[1], command.arguments[2]
  local client = vim.lsp.get_client_by_id(ctx.client_id)
  local bufnr = vim.uri_to_bufnr(uri)
  M.show_preview(client, { textDocument = { uri = uri }, position = position }, bufnr)
end

--- The host of a hosts/<host>.nix or hosts/<host>/… file, or nil.
function M.host_of(file)
  return file:match('/hosts/([^/]+)%.nix$') or file:match('/hosts/([^/]+)/')
end

--- The site directory: the first of settings.evaluation.roots that has hosts/ (relative to the
--- workspace root), else the nearest directory above `file` with hosts/.
function M.site_of(file)
  for _, root in ipairs(M.config.settings.evaluation.roots) do
    local dir = root:sub(1, 1) == '/' and root or (M.root_dir(file) .. '/' .. root)
    dir = vim.fn.fnamemodify(dir, ':p'):gsub('/$', '')
    if vim.fn.isdirectory(dir .. '/hosts') == 1 then
      return dir
    end
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

--- Configures six: `opts` overrides the defaults (cmd, root_markers, build_args, log_level, codelens,
--- settings); Nix buffers opened
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
  vim.lsp.commands['six.showInfusionPreview'] = M.lens_command
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

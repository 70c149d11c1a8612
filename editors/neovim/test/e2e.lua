-- Headless test of the Neovim setup against the real `six lsp`: run by editors/neovim/test/run
-- (nvim --headless --clean -c 'luafile e2e.lua') with SIX_NVIM_DIR (editors/neovim),
-- SIX_PROGRAM (the six launcher) and SIX_TEST_CORPUS (a throwaway git copy of corpus/).
local passed, failed = 0, 0

local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    io.stdout:write('passed  ' .. name .. '\n')
  else
    failed = failed + 1
    io.stdout:write('FAILED  ' .. name .. (detail and (': ' .. tostring(detail)) or '') .. '\n')
  end
end

local function test(name, body)
  local ok, err = pcall(body)
  if not ok then
    check(name, false, err)
  end
end

local corpus = os.getenv('SIX_TEST_CORPUS')
vim.opt.runtimepath:prepend(os.getenv('SIX_NVIM_DIR'))
vim.cmd('runtime! ftdetect/nix.vim')
vim.cmd('syntax on')
local six = require('six')
-- Settings the server does not default to, so that its log shows they arrived.
six.setup({
  cmd = { os.getenv('SIX_PROGRAM'), 'lsp' },
  build_args = { '--no-firmware' },
  settings = { evaluation = { roots = { 'site' }, timeLimit = 30 } },
})

local function open(relative)
  vim.cmd('edit ' .. vim.fn.fnameescape(corpus .. '/' .. relative))
  return vim.api.nvim_get_current_buf()
end

local function six_client(buf)
  local clients = vim.lsp.get_clients and vim.lsp.get_clients({ bufnr = buf }) or vim.lsp.buf_get_clients(buf)
  for _, client in pairs(clients) do
    if client.name == 'six' then
      return client
    end
  end
end

local function syntax_at(line, col)
  return vim.fn.synIDattr(vim.fn.synIDtrans(vim.fn.synID(line, col, 1)), 'name'),
    vim.fn.synIDattr(vim.fn.synID(line, col, 1), 'name')
end

test('filetype and syntax', function()
  local buf = open('six/svcs/by-name/un/unbound/service.nix')
  check('a .nix file is nix', vim.bo[buf].filetype == 'nix', vim.bo[buf].filetype)
  check('the nix syntax is loaded', vim.b.current_syntax == 'nix', vim.b.current_syntax)
end)

test('syntax groups', function()
  local buf = vim.api.nvim_create_buf(true, false)
  vim.api.nvim_set_current_buf(buf)
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, {
    'let a = "x ${f "in"} y"; # c',
    "  b = ''p ${q} ''${no} r''; u = https://example.org; p = ./svcs/x;",
    '  t.__input.port.__assign = 22; in a',
  })
  vim.bo[buf].filetype = 'nix'
  local function expect(label, line, col, group)
    local _, name = syntax_at(line, col)
    check('syntax: ' .. label, name == group, name)
  end
  expect('keyword', 1, 1, 'nixKeyword')
  expect('string', 1, 10, 'nixString')
  expect('interpolation', 1, 12, 'nixInterpolationDelimiter')
  expect('code in an interpolation', 1, 14, 'nixInterpolation')
  expect('string in an interpolation', 1, 18, 'nixString')
  expect('string after an interpolation', 1, 23, 'nixString')
  expect('comment', 1, 28, 'nixComment')
  expect('indented string', 2, 9, 'nixIndentedString')
  expect('interpolation in an indented string', 2, 11, 'nixInterpolationDelimiter')
  expect("''${ escape", 2, 16, 'nixIndentedEscape')
  expect('uri', 2, 33, 'nixUri')
  expect('path', 2, 58, 'nixPath')
  expect('sugar', 3, 5, 'nixSugar')
  expect('sugar', 3, 19, 'nixSugar')
  vim.api.nvim_buf_delete(buf, { force = true })
end)

test('server and diagnostics', function()
  local buf = open('broken/undefined-variable/svcs/by-name/kl/klogd/service.nix')
  local client
  check('a six client is attached', vim.wait(30000, function()
    client = six_client(buf)
    return client ~= nil and client.initialized
  end, 50))
  local diagnostics = {}
  vim.wait(30000, function()
    diagnostics = vim.diagnostic.get(buf)
    return #diagnostics > 0
  end, 50)
  local found
  for _, d in ipairs(diagnostics) do
    if d.message:find("undefined variable 'busybox'", 1, true) then
      found = d
    end
  end
  check('diagnostic of an undefined variable', found ~= nil, vim.inspect(diagnostics))
  check('  is an error on line 3', found and found.severity == vim.diagnostic.severity.ERROR and found.lnum == 2,
    found and vim.inspect(found))
end)

test('definition across files', function()
  local buf = open('six/svcs/by-name/un/unbound/service.nix')
  vim.wait(30000, function() return six_client(buf) ~= nil and six_client(buf).initialized end, 50)
  local line = vim.api.nvim_buf_get_lines(buf, 34, 35, false)[1]
  local col = line:find('targets.netif;', 1, true)
  vim.api.nvim_win_set_cursor(0, { 35, col - 1 + #'targets.' })
  vim.lsp.buf.definition()
  local target = corpus .. '/six/svcs/by-name/ne/netif/service.nix'
  local ok = vim.wait(15000, function()
    return vim.api.nvim_buf_get_name(0) == target
  end, 50)
  check('definition of targets.netif is netif/service.nix', ok, vim.api.nvim_buf_get_name(0))
end)

test('hover', function()
  local buf = open('six/svcs/by-name/un/unbound/service.nix')
  vim.wait(30000, function() return six_client(buf) ~= nil and six_client(buf).initialized end, 50)
  local line = vim.api.nvim_buf_get_lines(buf, 34, 35, false)[1]
  vim.api.nvim_win_set_cursor(0, { 35, line:find('targets ?', 1, true) - 1 })
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/hover',
    vim.lsp.util.make_position_params(0, 'utf-16'), 15000) or {}
  local text = ''
  for _, response in pairs(responses) do
    if response.result then
      text = text .. vim.inspect(response.result.contents)
    end
  end
  check('hover says targets is a formal', text:find('formal', 1, true) ~= nil, text)
end)

test('infusion preview rendering', function()
  local lines = six.preview_lines({
    root = 'server (default.nix)', keys = { 'targets', 'sshd', '__input', 'port' },
    target = 'targets.sshd', before = '22', after = '2222',
    changes = { { target = 'targets.sshd', path = 'port', before = '22', after = '2222' } },
    serviceDirectory = {
      name = 'sshd',
      before = {
        { path = 'run', contents = '#!/bin/sh\nexec sshd\n-p 22\n', executable = true },
        { path = 'type', contents = 'longrun\n', executable = false },
        { path = 'notification-fd', contents = '3\n', executable = false },
      },
      after = {
        { path = 'run', contents = '#!/bin/sh\nexec sshd\n-p 2222\n', executable = true },
        { path = 'type', contents = 'longrun\n', executable = false },
        { path = 'down', contents = '', executable = false },
      },
    },
  })
  local text = table.concat(lines, '\n')
  check('a preview shows target, before, after, changes and the directory diffed',
    text == table.concat({
      'Target: targets.sshd', 'Infusion: targets.sshd.__input.port', 'Evaluated by: server (default.nix)', '',
      'Before', '22', '', 'After', '2222', '', 'Changes', 'targets.sshd.port: 22 → 2222', '',
      's6-rc service directory sshd',
      '+ down: added',
      '- notification-fd: removed', '- 3',
      '~ run (executable): changed', '  #!/bin/sh', '  exec sshd', '- -p 22', '+ -p 2222',
      '  type: unchanged',
    }, '\n'), text)
end)

local function server_log()
  local file = io.open(os.getenv('XDG_CACHE_HOME') .. '/six/lsp.log')
  if not file then
    return ''
  end
  local text = file:read('*a')
  file:close()
  return text
end

test('settings reach the server', function()
  local buf = open('site/hosts/router.nix')
  vim.wait(30000, function() return six_client(buf) ~= nil and six_client(buf).initialized end, 50)
  local expected = 'settings: Settings[roots=[site], nixPath=[], evaluation=true, timeLimit=PT30S'
  check('the server logs the roots and time limit set', vim.wait(30000, function()
    return server_log():find(expected, 1, true) ~= nil
  end, 100), server_log():match('settings: [^\n]*'))
end)

local function router_at(line, needle)
  local buf = open('site/hosts/router.nix')
  vim.wait(30000, function() return six_client(buf) ~= nil and six_client(buf).initialized end, 50)
  local text = vim.api.nvim_buf_get_lines(buf, line - 1, line, false)[1]
  vim.api.nvim_win_set_cursor(0, { line, text:find(needle, 1, true) - 1 })
  return buf
end

local function request_sync(buf, method)
  local responses = vim.lsp.buf_request_sync(buf, method, vim.lsp.util.make_position_params(0, 'utf-16'), 15000) or {}
  for _, response in pairs(responses) do
    if response.result and response.result ~= vim.NIL then
      return response.result
    end
  end
end

test('hover shows the evaluated value', function()
  local buf = router_at(6, 'lanAddr')
  local text = ''
  -- after the server's first evaluation, which starts after initialized
  vim.wait(120000, function()
    local result = request_sync(buf, 'textDocument/hover')
    text = result and vim.inspect(result.contents) or ''
    return text:find('Evaluated', 1, true) ~= nil
  end, 500)
  check('hover on lanAddr shows the evaluated value',
    text:find('in `router`', 1, true) ~= nil and text:find('"10.10.0.1"', 1, true) ~= nil, text)
end)

test('infusion preview of the dropbear port', function()
  local buf = router_at(62, 'port.__default')
  local preview
  vim.wait(120000, function()
    preview = request_sync(buf, 'six/infusionPreview')
    return preview ~= nil
  end, 500)
  check('six/infusionPreview answers at port.__default = 22', preview ~= nil)
  vim.cmd('SixInfusionPreview')
  local shown
  vim.wait(15000, function()
    local split = vim.fn.bufnr('six://infusion-preview')
    shown = split ~= -1 and table.concat(vim.api.nvim_buf_get_lines(split, 0, -1, false), '\n') or nil
    return shown ~= nil
  end, 50)
  shown = shown or ''
  check(':SixInfusionPreview shows its target, after and service directory',
    shown:find('Target: targets.dropbear\n', 1, true) ~= nil and shown:find('After\n22\n', 1, true) ~= nil
      and shown:find('s6-rc service directory dropbear', 1, true) ~= nil
      and shown:find('targets.dropbear.port: «absent» → 22', 1, true) ~= nil, shown)
  -- the code lens's command opens the same preview
  vim.api.nvim_buf_delete(vim.fn.bufnr('six://infusion-preview'), { force = true })
  local lenses = {}
  vim.wait(30000, function()
    lenses = vim.lsp.codelens.get(buf)
    return #lenses > 0 and lenses[#lenses].command ~= nil
  end, 200)
  local lens
  for _, l in ipairs(lenses) do
    if l.command and l.range.start.line == 61 then
      lens = l
    end
  end
  check('the dropbear overlay has a resolved code lens', lens ~= nil, vim.inspect(lenses))
  if lens then
    vim.lsp.commands[lens.command.command](lens.command, { client_id = six_client(buf).id, bufnr = buf })
    local shown_by_lens = ''
    check('its command shows the preview', vim.wait(15000, function()
      local split = vim.fn.bufnr('six://infusion-preview')
      shown_by_lens = split ~= -1 and table.concat(vim.api.nvim_buf_get_lines(split, 0, -1, false), '\n') or ''
      -- the lens sits on the overlay's set: its preview is the whole overlay's, evaluated in router
      return shown_by_lens:find('Evaluated by: router', 1, true) ~= nil
    end, 50), shown_by_lens)
  end
end)

test('hosts and sites', function()
  local file = corpus .. '/site/hosts/server.nix'
  check('the host of hosts/server.nix', six.host_of(file) == 'server', six.host_of(file))
  check('its site', six.site_of(file) == corpus .. '/site', six.site_of(file))
end)

test(':SixBuild and :SixDb', function()
  open('site/hosts/server.nix')
  vim.cmd('SixBuild')
  local compiled = corpus .. '/site/result/server/s6-rc/compiled'
  check(':SixBuild builds the host of the file', vim.wait(120000, function()
    return vim.fn.isdirectory(compiled) == 1
  end, 100), compiled)
  open('site/hosts/server.nix')
  vim.cmd('SixDb')
  local terminal = vim.api.nvim_get_current_buf()
  check(':SixDb lists the services', vim.wait(60000, function()
    for _, line in ipairs(vim.api.nvim_buf_get_lines(terminal, 0, -1, false)) do
      if line == 'sshd' then
        return true
      end
    end
    return false
  end, 100), table.concat(vim.api.nvim_buf_get_lines(terminal, 0, -1, false), '|'))
end)

io.stdout:write(('\n%d passed, %d failed\n'):format(passed, failed))
for _, client in pairs(vim.lsp.get_active_clients and vim.lsp.get_active_clients() or vim.lsp.get_clients()) do
  client.stop()
end
vim.wait(3000, function() return #(vim.lsp.get_active_clients and vim.lsp.get_active_clients() or vim.lsp.get_clients()) == 0 end, 50)
if failed == 0 then
  vim.cmd('qall!')
else
  vim.cmd('cquit 1')
end

-- Headless Neovim 0.7 as a real LSP client of the tpi-lint server. Opens the note, waits for
-- the server's diagnostics, asks for quick fixes on the first tpi-lint diagnostic, applies the
-- one whose title names the wanted code, waits for the server to re-check, and writes what it
-- saw as JSON. Inputs come from the environment so no path needs quoting in a command line.
local note = os.getenv('TPI_NOTE')
local server = os.getenv('TPI_SERVER')
local result_path = os.getenv('TPI_RESULT')
local wanted_rule = os.getenv('TPI_RULE')
local wanted_title = os.getenv('TPI_FIX')
local wait_ms = tonumber(os.getenv('TPI_WAIT_MS') or '20000')

local result = { publishes = 0, diagnostics = {}, actions = {}, applied = nil,
  text = nil, rechecked = nil, error = nil }

local function finish()
  local file = assert(io.open(result_path, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qall!')
end

-- A hard stop, so that a silent server can never leave Neovim running.
vim.defer_fn(function()
  result.error = result.error or 'watchdog timeout'
  finish()
end, wait_ms * 3)

local latest = nil
local function on_publish(err, params, ctx, config)
  if params and vim.uri_to_fname(params.uri) == note then
    result.publishes = result.publishes + 1
    latest = params.diagnostics
  end
  vim.lsp.handlers['textDocument/publishDiagnostics'](err, params, ctx, config)
end

local function find_rule(diagnostics)
  for _, diagnostic in ipairs(diagnostics or {}) do
    if diagnostic.code == wanted_rule then return diagnostic end
  end
end

local function codes(diagnostics)
  local found = {}
  for _, diagnostic in ipairs(diagnostics or {}) do table.insert(found, diagnostic.code) end
  return found
end

local function main()
  vim.cmd('edit ' .. vim.fn.fnameescape(note))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'tpi-lint',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(note, ':h'),
    -- The server checks documents by language id, and Neovim has no filetype for .note.
    get_language_id = function() return 'procedure-note' end,
    handlers = { ['textDocument/publishDiagnostics'] = on_publish },
  })
  vim.lsp.buf_attach_client(bufnr, client_id)

  vim.wait(wait_ms, function() return find_rule(latest) ~= nil end, 20)
  result.diagnostics = latest or {}
  local target = find_rule(latest)
  if not target then result.error = 'no ' .. wanted_rule .. ' diagnostic'; return finish() end

  local client = vim.lsp.get_client_by_id(client_id)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = target.range,
    context = { diagnostics = { target }, only = { 'quickfix' } },
  }
  local reply = client.request_sync('textDocument/codeAction', params, wait_ms, bufnr)
  if not reply or reply.err then result.error = 'codeAction failed'; return finish() end
  for _, action in ipairs(reply.result or {}) do
    table.insert(result.actions, action.title)
    if not result.applied and action.title:find(wanted_title, 1, true) and action.edit then
      result.applied = action.title
      vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
    end
  end
  result.text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n') .. '\n'

  vim.cmd('write')
  -- The edit reaches the server as didChange; wait for its fresh verdict on the new text.
  latest = nil
  vim.wait(wait_ms, function() return latest ~= nil and find_rule(latest) == nil end, 20)
  result.rechecked = latest and codes(latest) or vim.NIL
  finish()
end

local ok, err = pcall(main)
if not ok then result.error = tostring(err); finish() end

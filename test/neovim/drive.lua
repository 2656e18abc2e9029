-- Drives tom-language-server from headless Neovim (0.7 or newer), as a user would: open a TOM file,
-- wait for the diagnostics, ask for completions, apply a quick-fix. Writes what it saw to JSON.
-- Environment: TOM_NVIM_SERVER (dist/server.js), TOM_NVIM_FILE (the document), TOM_NVIM_OUT (the JSON),
-- TOM_NVIM_COMPLETE_LINE / _COL (0-based), TOM_NVIM_FIX_RULE (the rule whose quick-fix to apply).
local out = { diagnostics = {}, completion = {}, actions = {}, fixedLine = vim.NIL, after = {}, errors = {} }
local latest = nil

local function finish()
  local f = io.open(vim.env.TOM_NVIM_OUT, 'w')
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.TOM_NVIM_FILE))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'tom'
  local client_id = vim.lsp.start_client({
    name = 'tom-studio',
    cmd = { 'node', vim.env.TOM_NVIM_SERVER, '--stdio' },
    root_dir = vim.fn.fnamemodify(vim.env.TOM_NVIM_FILE, ':h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, params)
        latest = params
      end,
      -- the server logs a handler's exception as an error: the test fails on it
      ['window/logMessage'] = function(_, params)
        if params.type == 1 then table.insert(out.errors, 'server error log: ' .. params.message) end
      end,
    },
  })
  vim.lsp.buf_attach_client(buf, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  local uri = vim.uri_from_bufnr(buf)

  if not vim.wait(20000, function() return latest ~= nil and latest.uri == uri end, 20) then
    error('no diagnostics within 20 s')
  end
  out.diagnostics = latest.diagnostics

  local position = { line = tonumber(vim.env.TOM_NVIM_COMPLETE_LINE), character = tonumber(vim.env.TOM_NVIM_COMPLETE_COL) }
  local completion = client.request_sync('textDocument/completion', { textDocument = { uri = uri }, position = position }, 10000, buf)
  if completion and completion.result then
    for _, item in ipairs(completion.result.items or completion.result) do table.insert(out.completion, item.label) end
  elseif completion and completion.err then
    table.insert(out.errors, 'completion: ' .. vim.inspect(completion.err))
  end

  local target
  for _, d in ipairs(out.diagnostics) do
    if d.code == vim.env.TOM_NVIM_FIX_RULE then target = d end
  end
  if target then
    local response = client.request_sync('textDocument/codeAction', {
      textDocument = { uri = uri }, range = target.range, context = { diagnostics = { target } },
    }, 10000, buf)
    if response and response.err then table.insert(out.errors, 'codeAction: ' .. vim.inspect(response.err)) end
    local chosen
    for _, action in ipairs((response and response.result) or {}) do
      table.insert(out.actions, action.title)
      if not chosen and action.edit then chosen = action end
    end
    if chosen then
      latest = nil
      vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
      out.fixedLine = vim.api.nvim_buf_get_lines(buf, target.range.start.line, target.range.start.line + 1, false)[1]
      -- Neovim sends the edit as didChange; the server answers with fresh diagnostics
      if not vim.wait(20000, function() return latest ~= nil end, 20) then
        error('no diagnostics after the quick-fix within 20 s')
      end
      out.after = latest.diagnostics
    end
  end
end)
if not ok then table.insert(out.errors, tostring(err)) end
finish()

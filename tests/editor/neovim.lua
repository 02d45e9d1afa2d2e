local oj, file, out = os.getenv("OJ"), os.getenv("OJ_FILE"), os.getenv("OJ_OUT")
local lines = {}
local client = vim.lsp.start_client({ name = "oj", cmd = { oj, "lsp" }, root_dir = vim.fn.fnamemodify(file, ":h") })
vim.cmd("edit " .. file)
vim.lsp.buf_attach_client(0, client)
vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(0)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "?"
  table.insert(lines, string.format("diagnostic %d:%d %s %s", d.lnum + 1, d.col + 1, code, vim.split(d.message, "\n")[1]))
end
-- Hover on the variable of `fråga g6`.
local row = vim.fn.search("G6_arbetsledning_1,")
vim.api.nvim_win_set_cursor(0, { row, vim.fn.col(".") + 2 })
local res = vim.lsp.buf_request_sync(0, "textDocument/hover", vim.lsp.util.make_position_params(), 10000)
for _, r in pairs(res or {}) do
  if r.result and r.result.contents then
    table.insert(lines, "hover " .. vim.split(r.result.contents.value, "\n")[1])
  end
end
vim.fn.writefile(lines, out)
vim.lsp.stop_client(client)
vim.cmd("qa!")

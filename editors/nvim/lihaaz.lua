-- Lihaaz in Neovim: checks Markdown, text, HTML, subtitles and Fountain as you type.
--
-- Put this file on your runtimepath (e.g. ~/.config/nvim/lua/lihaaz.lua) and call
--   require('lihaaz').setup()
-- from init.lua, or copy the parts you need. `lihaaz` must be on your PATH (see README.md,
-- "Install"), or pass cmd = { '/path/to/lihaaz', 'lsp' }.
local M = {}

M.filetypes = { 'markdown', 'text', 'html', 'srt', 'subrip', 'vtt', 'webvtt', 'fountain' }

local defaults = {
  cmd = { 'lihaaz', 'lsp' },
  -- The editor's choices override each project's .lihaaz.yml, as --lang/--sureness/--messages do.
  settings = { lihaaz = { language = nil, sureness = nil, messages = nil } },
}

-- The folder of the nearest .lihaaz.yml or git repository; the file's own folder otherwise.
local function root(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local found = vim.fs and vim.fs.find({ '.lihaaz.yml', '.git' }, { upward = true, path = vim.fs.dirname(name) })[1]
  return found and vim.fs.dirname(found) or vim.fn.fnamemodify(name, ':p:h')
end

function M.setup(opts)
  opts = vim.tbl_deep_extend('force', defaults, opts or {})
  vim.api.nvim_create_autocmd('FileType', {
    pattern = M.filetypes,
    callback = function(args)
      -- vim.lsp.start (Neovim 0.8+) reuses one server per root folder.
      vim.lsp.start({
        name = 'lihaaz',
        cmd = opts.cmd,
        root_dir = root(args.buf),
        settings = opts.settings,
        init_options = opts.settings,
      })
    end,
  })
  -- Quick fixes: `:lua vim.lsp.buf.code_action()` on a finding; all safe fixes of the file:
  vim.api.nvim_create_user_command('LihaazFixAll', function()
    vim.lsp.buf.code_action({ context = { only = { 'source.fixAll.lihaaz' }, diagnostics = {} }, apply = true })
  end, { desc = 'Apply the safe Lihaaz fixes of this file' })
end

return M

-- With nvim-lspconfig, the same as a custom server:
--
--   local configs = require('lspconfig.configs')
--   if not configs.lihaaz then
--     configs.lihaaz = {
--       default_config = {
--         cmd = { 'lihaaz', 'lsp' },
--         filetypes = { 'markdown', 'text', 'html', 'srt', 'vtt', 'fountain' },
--         root_dir = require('lspconfig.util').root_pattern('.lihaaz.yml', '.git'),
--         single_file_support = true,
--         settings = { lihaaz = {} },
--       },
--     }
--   end
--   require('lspconfig').lihaaz.setup({ settings = { lihaaz = { sureness = 'high' } } })

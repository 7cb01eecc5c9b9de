"""`bilateral update`: fresh figures from UN Comtrade's API into the user's dataset.

One way through: `comtrade` fetches and checks the API's answers → `merge` builds the new
`Dataset` and lists what changes → `store` validates it with the tool's own loader and writes
it atomically. `codes` maps Comtrade's partner codes to the dataset's partners (the dataset's
build script uses it too). `--products` goes the same way into the product file
(`bilateral_cli.products`). Only `bilateral update` imports this package.
"""

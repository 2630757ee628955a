"""Use cases shared by the GUI and the CLI. Transactions are opened here, through the store."""

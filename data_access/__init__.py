"""The only package that knows how the data is stored. Everything else goes through
``data_access.repository``."""

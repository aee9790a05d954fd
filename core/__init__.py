"""The domain core: pure rules of the domain (levels of government, TERYT codes, the app's
addresses, map classes). It imports no Flask, Dash, i18n or plotly, so every layer may use it
and its tests need no dataset."""

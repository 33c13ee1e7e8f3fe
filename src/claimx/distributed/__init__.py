"""Running claimx on a Dask cluster with Parquet output (optional extra: ``pip install claimx[dask]``).

The core library never imports this package; it needs ``dask``, ``distributed`` and ``pyarrow``.
"""

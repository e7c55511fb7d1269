"""The checker's one compiled module: lexbor's selector searches (``pantau_checker/core/_selectors.pyx``).

It is compiled against selectolax's lexbor (its ``selectolax/lexbor.pxd``, and lexbor's headers of the same
version in ``services/checker/native/include``) and calls that lexbor's functions: the versions are pinned
together (``[build-system]`` and ``constraints.txt``: selectolax 1.0.2, lexbor 3.1.0).
"""

from Cython.Build import cythonize
from setuptools import Extension, setup

setup(
    ext_modules=cythonize(
        [
            Extension(
                "pantau_checker.core._selectors",
                ["services/checker/pantau_checker/core/_selectors.pyx"],
                include_dirs=["services/checker/native/include"],
                define_macros=[("LEXBOR_STATIC", None)],
            )
        ],
        compiler_directives={"language_level": 3},
    )
)

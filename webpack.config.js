// Builds the task pane and the ribbon function file. Mirrors the official Office add-in template:
// the manifest is copied into dist/ and, in production, its localhost URLs are rewritten to the
// deployment URL. ADDIN_URL (required for production, e.g. https://intranet.example/prozesscluster/)
// and ADDIN_PROVIDER (the organisation shown as provider) are described in docs/bereitstellung.md.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { resolveAddinUrl, resolveProvider, rewriteManifest } = require("./scripts/addinUrl.cjs");

async function devServerHttps() {
  // office-addin-dev-certs creates and trusts a localhost certificate (only needed for sideloading).
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

/**
 * The browser preview: the same task pane against an in-memory workbook, with a grid view of its
 * sheets, served over plain http (no certificates) on PORT or 8080. Used by people without Excel and by
 * the end-to-end tests.
 */
function previewConfig(dev) {
  return {
    devtool: dev ? "source-map" : false,
    entry: { preview: "./src/taskpane/preview/main.tsx" },
    output: {
      path: path.resolve(__dirname, "dist-preview"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/taskpane/preview/preview.html" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/sample/prozessinventar.csv", to: "sample/[name][ext]", noErrorOnMissing: true },
        ],
      }),
    ],
    devServer: {
      server: "http",
      // The README sends people to http://localhost:8080: serve that name, and accept 127.0.0.1 too, so the
      // live-reload socket is not refused ("Invalid Host/Origin header") whichever of the two is typed.
      host: "localhost",
      allowedHosts: ["localhost", "127.0.0.1", "[::1]"],
      client: { overlay: false, webSocketURL: "auto://0.0.0.0:0/ws" },
      port: Number(process.env.PORT || 8080),
      static: { directory: path.resolve(__dirname, "dist-preview") },
    },
  };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const preview = Boolean(env && env.preview);
  if (preview) return previewConfig(dev);
  // Fails the production build at once (before bundling) when ADDIN_URL is missing or not https.
  const deployment = dev
    ? null
    : { url: resolveAddinUrl(process.env.ADDIN_URL), provider: resolveProvider(process.env.ADDIN_PROVIDER) };
  if (deployment !== null) console.log(`Manifest für ${deployment.url} (Anbieter: ${deployment.provider})`);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext]" },
        },
      ],
    },
    performance: { maxEntrypointSize: 600 * 1024, maxAssetSize: 600 * 1024 },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/logo-*.png", to: "assets/[name][ext]" },
          { from: "assets/help.html", to: "help.html" },
          { from: "assets/sample/prozessinventar.csv", to: "sample/[name][ext]" },
          // The OZG catalogue is bundled into its own chunk (MIT): its licence travels with it.
          { from: "assets/catalogue/LICENSE-OZG-Datenbank-NRW.txt", to: "[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return deployment === null ? content : rewriteManifest(content.toString(), deployment);
            },
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server: preview ? "http" : { type: "https", options: dev ? await devServerHttps() : {} },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
};

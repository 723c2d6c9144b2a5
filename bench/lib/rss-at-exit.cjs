// Preloaded into a process the bench times (node --require): at exit it writes the
// process's peak resident memory, worker threads included, as the last stderr line.
process.on("exit", () => {
  process.stderr.write(`\nbench-max-rss-kb ${process.resourceUsage().maxRSS}\n`);
});

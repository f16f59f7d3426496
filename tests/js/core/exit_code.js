// expect-exit: 7
process.exitCode = 7;

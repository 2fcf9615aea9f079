// Placeholder for npm scripts whose issue has not landed yet.
console.log(`npm run ${process.argv[2]}: not yet – this part of Prozesscluster is still being built.`);

import SSPCLI

// Top-level `await SSPCommand.main()` picks ArgumentParser's synchronous entry point;
// calling it from an async function selects the async one.
func runSSP() async {
    await SSPCommand.main()
}

await runSSP()

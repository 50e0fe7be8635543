using Wsis.Build;
using Wsis.Diagnostics;
using Wsis.Write;

namespace Wsis.Serve;

/// <summary>
/// The builds of one preview, each after a change, in memory: the files the watcher names are read again, the git
/// history only at the first build, and every result an earlier build made with the same inputs is reused (<see cref="BuildCache"/>).
/// Not thread-safe: <see cref="PreviewSession"/> runs one build at a time.
/// </summary>
public sealed class PreviewBuilds(BuildOptions options)
{
    private readonly BuildCache _cache = new();
    private BuildInputs? _inputs;

    /// <summary>Builds the site again; the paths are the files that changed since the last build (empty for the first).</summary>
    /// <returns>The result, and for a good build what it reused and redid (<see cref="BuildCache.Report"/>).</returns>
    public (BuildResult Result, string? Report) Build(IReadOnlyCollection<string> changed, StageTimings timings)
    {
        foreach (var path in changed) _cache.Files.Forget(path);
        _inputs = _inputs is null ? BuildInputs.Read(options, timings, _cache) : _inputs.Reread(options, timings);
        var result = SiteBuilder.Build(_inputs, new MemorySink(), timings);
        if (!result.Succeeded) return (result, null);
        var report = _cache.Report();
        _cache.Sweep();
        return (result, report);
    }
}

using Wsis.Render;

namespace Wsis.Write;

/// <summary>Writes a site held in memory (serve, pdf) through a staging folder, so the output is replaced whole or not at all.</summary>
public static class SiteWriter
{
    /// <summary>
    /// Writes the site; finish, if given, runs over the complete staging folder before the swap (the search indexer)
    /// and may refuse it, which leaves the old output in place. Returns whether the new site was put in place.
    /// </summary>
    public static bool Write(RenderedSite site, string outputDirectory, IEnumerable<string> inputs, Func<string, bool>? finish = null)
    {
        using var staging = StagingFolder.Create(outputDirectory, inputs);
        Parallel.ForEach(site.Pages, staging.Write);
        Parallel.ForEach(site.Files, staging.Write);
        if (finish is not null && !finish(staging.Path)) return false;
        staging.Commit();
        return true;
    }
}

using Wsis.Diagnostics;
using Wsis.Render;

namespace Wsis.Write;

/// <summary>
/// Where a build's output goes, chosen by the caller at the end of the pipeline: a staging folder swapped in for the
/// output (build, pdf), or memory (check, serve, the tests, the pages pdf prints). Files arrive from any thread, in any
/// order, as they are made.
/// </summary>
public interface ISiteSink
{
    /// <summary>True when the output is published from here, so a missing base URL would be published too.</summary>
    bool Publishes { get; }

    /// <summary>Called first: a sink that writes makes its folder now, so an output that cannot be written fails before any work.</summary>
    void Open();

    void Add(OutputFile file);

    /// <param name="order">The page's place in the plan, so an ordered output does not depend on which thread finished first.</param>
    void Add(RenderedPage page, int order);

    /// <summary>
    /// Pages longer than this many characters are handed over as they are drawn (<see cref="OpenPage"/>), never held
    /// as one string; null when the sink keeps every page whole.
    /// </summary>
    int? StreamPagesOver { get; }

    /// <summary>A page's file, to be written as the page is drawn; only when <see cref="StreamPagesOver"/> is set.</summary>
    IPageFile OpenPage(string path);

    /// <summary>Called between the build's stages: a sink that streams a large site to disk gives memory back there.</summary>
    void StageDone();

    /// <summary>
    /// Every page is in, and the links are checked next: a sink may start now what needs every page (the search index),
    /// on another thread, so that it overlaps the check. Whatever it starts is only published by <see cref="Complete"/>.
    /// </summary>
    void PagesDone()
    {
    }

    /// <summary>The site is complete and checked: finish it (index it for search, put it in place).</summary>
    SinkOutcome Complete();

    /// <summary>The error to report when writing failed with this exception; null when the exception is not a failure to write.</summary>
    Diagnostic? WriteFailure(Exception exception);
}

/// <summary>What a sink made of the site: it in memory, or whether it was put in place and what became of its search index.</summary>
public sealed record SinkOutcome
{
    public RenderedSite? Site { get; init; }
    public bool Written { get; init; }
    /// <summary>A sentence for the summary about the search index; null when none was asked for.</summary>
    public string? SearchIndex { get; init; }
    public bool SearchFailed { get; init; }
}

/// <summary>A page being written as it is drawn: complete once <see cref="Complete"/> is called; disposing it before leaves it unfinished.</summary>
public interface IPageFile : IPageStream, IDisposable
{
    void Complete();
}

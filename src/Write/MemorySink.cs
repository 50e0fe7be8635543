using System.Collections.Concurrent;
using Wsis.Diagnostics;
using Wsis.Render;

namespace Wsis.Write;

/// <summary>Keeps the site in memory, pages in the order of the plan: for check, serve, the tests and the pages pdf prints.</summary>
public sealed class MemorySink : ISiteSink
{
    private readonly ConcurrentBag<(int Order, RenderedPage Page)> _pages = [];
    private readonly ConcurrentBag<OutputFile> _files = [];

    public bool Publishes => false;

    public void Open()
    {
    }

    public void Add(OutputFile file) => _files.Add(file);

    public void Add(RenderedPage page, int order) => _pages.Add((order, page));

    public int? StreamPagesOver => null;

    public IPageFile OpenPage(string path) => throw new NotSupportedException("A site in memory keeps its pages whole.");

    public void StageDone()
    {
    }

    public SinkOutcome Complete() => new() { Site = Site() };

    /// <summary>What has arrived so far, in a fixed order: pages by plan, other files by path.</summary>
    public RenderedSite Site() => new(
        _pages.OrderBy(p => p.Order).Select(p => p.Page).ToList(),
        _files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList());

    public Diagnostic? WriteFailure(Exception exception) => null;
}

namespace Wsis.Search;

/// <summary>Whether build runs Pagefind over the written site: when it is installed, always, or never.</summary>
public enum SearchIndexing
{
    Auto,
    Required,
    Off,
}

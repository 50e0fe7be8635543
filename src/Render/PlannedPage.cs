using Wsis.Diagnostics;
using Wsis.Render.Views;

namespace Wsis.Render;

/// <summary>One page of the site map: where it goes, which template draws it, and the view it receives.</summary>
public sealed record PlannedPage(string Url, string Template, object Model, PageMeta Meta, SourceLocation Origin);

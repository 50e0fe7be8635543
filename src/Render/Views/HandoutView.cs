namespace Wsis.Render.Views;

/// <summary>A print page: one action line's handout, or the whole publication's with a cover and contents.</summary>
public sealed record HandoutView
{
    public required PageMeta Meta { get; init; }
    public required string PublicationTitle { get; init; }
    public string? PublicationDescription { get; init; }
    public string? ContentDate { get; init; }
    /// <summary>True for the whole publication: a cover with contents, then every action line from a new page.</summary>
    public required bool IsPublication { get; init; }
    public required IReadOnlyList<HandoutLineView> Lines { get; init; }
    /// <summary>The action lines without text here, listed once on the cover instead of a near-blank page each.</summary>
    public IReadOnlyList<ActionLineSummaryView> Pending { get; init; } = [];
    /// <summary>The web page this handout prints, shown as "back to the web page" on screen.</summary>
    public required LinkView WebPage { get; init; }
    /// <summary>From a line's handout, the publication's.</summary>
    public string? OtherHandoutUrl { get; init; }
    /// <summary>The PDF of this handout, only when the build includes it.</summary>
    public string? PdfUrl { get; init; }
    public string? PdfName { get; init; }
    public required string ShortLink { get; init; }
    public required TrustedHtml QrCode { get; init; }
}

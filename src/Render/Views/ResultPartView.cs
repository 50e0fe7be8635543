namespace Wsis.Render.Views;

/// <summary>One list of a roadmap row's last column ("Expected results" or "ITU activities"), in the order the source gives them.</summary>
public sealed record ResultPartView(string Heading, IReadOnlyList<TrustedHtml> Entries);

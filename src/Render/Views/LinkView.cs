namespace Wsis.Render.Views;

public sealed record LinkView(string Title, string Url, bool Current = false);

namespace Wsis.Model;

public sealed record Facilitator(string Name, string? Role);

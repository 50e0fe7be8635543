namespace Wsis.Scaffold;

/// <summary>Either the new entry or the reason none could be made (an unknown action line, a file that cannot be read).</summary>
public sealed record ScaffoldResult(Scaffolded? Value, string? Error)
{
    public static ScaffoldResult Ok(Scaffolded value) => new(value, null);

    public static ScaffoldResult Fail(string error) => new(null, error);
}

namespace Wsis.Model;

/// <summary>The groups an item names; All means the text addresses every stakeholder.</summary>
public sealed record StakeholderTags(bool All, IReadOnlyList<string> Slugs)
{
    public static readonly StakeholderTags None = new(false, []);
}

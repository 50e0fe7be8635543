namespace Wsis.Render;

/// <summary>The Pagefind filter keys and values: item pages emit them, the search page offers them, the tests query them.</summary>
public static class SearchFilter
{
    public const string ActionLine = "line";
    public const string Sdg = "sdg";
    public const string Stakeholder = "stakeholder";
    public const string Kind = "type";
    public const string AllStakeholders = "All stakeholders";

    public static string GoalValue(int goal) => $"SDG {goal}";
}

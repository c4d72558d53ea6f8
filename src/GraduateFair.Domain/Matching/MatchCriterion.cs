namespace GraduateFair.Domain.Matching;

/// <summary>Something a pushed job has in common with the graduate; serialised in kebab-case.</summary>
public enum MatchCriterion
{
    /// <summary>The job's discipline category is the graduate's (every match has it).</summary>
    Discipline,

    /// <summary>The job asks for exactly the graduate's degree (not a lower one).</summary>
    Degree,

    /// <summary>The job is in the graduate's city.</summary>
    City,
}

namespace GraduateFair.Domain.Matching;

/// <summary>How many jobs one push gives a graduate: 5 for graduates in priority groups, 3 for others.</summary>
public static class JobPush
{
    /// <summary>Jobs per push for a graduate in a priority group.</summary>
    public const int PriorityCount = 5;

    /// <summary>Jobs per push for any other graduate.</summary>
    public const int RegularCount = 3;

    /// <summary><see cref="PriorityCount"/> or <see cref="RegularCount"/>.</summary>
    public static int CountFor(bool inPriorityGroup) => inPriorityGroup ? PriorityCount : RegularCount;
}

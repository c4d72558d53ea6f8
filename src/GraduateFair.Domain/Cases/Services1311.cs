namespace GraduateFair.Domain.Cases;

/// <summary>
/// The "1311" minimum: at least 1 guidance session, 3 job recommendations, 1 training and
/// 1 internship offer. Other help (the "+N") has no minimum.
/// </summary>
public static class Services1311
{
    /// <summary>The kinds with a minimum, in the order of the rule's name.</summary>
    public static IReadOnlyList<ServiceKind> RequiredKinds { get; } =
        [ServiceKind.Guidance, ServiceKind.Recommendation, ServiceKind.Training, ServiceKind.Internship];

    /// <summary>How many services of <paramref name="kind"/> each graduate should get: 1, 3, 1, 1, and 0 for other help.</summary>
    public static int Minimum(ServiceKind kind) => kind switch
    {
        ServiceKind.Guidance => 1,
        ServiceKind.Recommendation => 3,
        ServiceKind.Training => 1,
        ServiceKind.Internship => 1,
        ServiceKind.Other => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown service kind."),
    };
}

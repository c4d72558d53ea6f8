namespace GraduateFair.Domain.Cases;

/// <summary>How many services of each kind a graduate has had.</summary>
public sealed record ServiceCounts(int Guidance, int Recommendation, int Training, int Internship, int Other)
{
    /// <summary>No service yet.</summary>
    public static ServiceCounts None { get; } = new(0, 0, 0, 0, 0);

    /// <summary>All services, of every kind.</summary>
    public int Total => Guidance + Recommendation + Training + Internship + Other;

    /// <summary>True when every minimum of "1311" is met.</summary>
    public bool Meets1311 => Services1311.RequiredKinds.All(kind => Of(kind) >= Services1311.Minimum(kind));

    /// <summary>The count for one kind.</summary>
    public int Of(ServiceKind kind) => kind switch
    {
        ServiceKind.Guidance => Guidance,
        ServiceKind.Recommendation => Recommendation,
        ServiceKind.Training => Training,
        ServiceKind.Internship => Internship,
        ServiceKind.Other => Other,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown service kind."),
    };

    /// <summary>These counts with <paramref name="count"/> more of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public ServiceCounts Add(ServiceKind kind, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return kind switch
        {
            ServiceKind.Guidance => this with { Guidance = checked(Guidance + count) },
            ServiceKind.Recommendation => this with { Recommendation = checked(Recommendation + count) },
            ServiceKind.Training => this with { Training = checked(Training + count) },
            ServiceKind.Internship => this with { Internship = checked(Internship + count) },
            ServiceKind.Other => this with { Other = checked(Other + count) },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown service kind."),
        };
    }

    /// <summary>
    /// The kinds short of the "1311" minimum, in the rule's order (guidance, recommendation,
    /// training, internship); empty when <see cref="Meets1311"/>.
    /// </summary>
    public IReadOnlyList<ServiceShortfall> Lacking() =>
        [.. Services1311.RequiredKinds
            .Where(kind => Of(kind) < Services1311.Minimum(kind))
            .Select(kind => new ServiceShortfall(kind, Services1311.Minimum(kind), Of(kind)))];

    /// <summary>True when the graduate has had fewer of <paramref name="kind"/> than "1311" asks for (never for other help).</summary>
    public bool IsLacking(ServiceKind kind) => Of(kind) < Services1311.Minimum(kind);
}

namespace GraduateFair.Domain.Cases;

/// <summary>A kind of service a graduate has had fewer of than "1311" asks for.</summary>
/// <param name="Kind">The kind of service.</param>
/// <param name="Required">The minimum for the kind.</param>
/// <param name="Received">How many the graduate has had.</param>
public sealed record ServiceShortfall(ServiceKind Kind, int Required, int Received)
{
    /// <summary>How many more are needed.</summary>
    public int Missing => Required - Received;
}

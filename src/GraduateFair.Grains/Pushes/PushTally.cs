namespace GraduateFair.Grains.Pushes;

/// <summary>What a push did: graduates who got jobs, and jobs pushed in all.</summary>
public sealed record PushTally(int Graduates, int Jobs)
{
    public static PushTally None { get; } = new(0, 0);

    public static PushTally operator +(PushTally left, PushTally right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Graduates + right.Graduates, left.Jobs + right.Jobs);
    }

    public static PushTally Add(PushTally left, PushTally right) => left + right;
}

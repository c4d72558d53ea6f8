namespace GraduateFair.Runtime.Hosting;

/// <summary>The grains a call is nested in, innermost first; used to refuse call cycles.</summary>
internal sealed class CallChain
{
    private static readonly AsyncLocal<CallChain?> CurrentChain = new();

    private CallChain(GrainId grain, CallChain? outer)
    {
        Grain = grain;
        Outer = outer;
    }

    public static CallChain? Current
    {
        get => CurrentChain.Value;
        set => CurrentChain.Value = value;
    }

    public GrainId Grain { get; }

    public CallChain? Outer { get; }

    public static CallChain Push(CallChain? outer, GrainId grain) => new(grain, outer);

    public bool Contains(GrainId grain)
    {
        for (var link = this; link is not null; link = link.Outer)
        {
            if (link.Grain == grain)
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString()
    {
        var names = new List<string>();
        for (var link = this; link is not null; link = link.Outer)
        {
            names.Add(link.Grain.ToString());
        }

        names.Reverse();
        return string.Join(" → ", names);
    }
}

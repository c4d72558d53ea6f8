namespace GraduateFair.Grains.Fairs;

public sealed class FairState
{
    public FairInfo? Fair { get; set; }
}

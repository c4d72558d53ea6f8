namespace GraduateFair.Grains.Booths;

public sealed class BoothState
{
    public BoothInfo? Booth { get; set; }
}

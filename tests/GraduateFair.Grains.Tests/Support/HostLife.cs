namespace GraduateFair.Grains.Tests.Support;

/// <summary>
/// Whether one grain host is still "running". A crash restart leaves the old host's activations
/// in memory (TestCluster keeps them as zombies); killing its life silences its timers and its
/// events, as the death of its process would, so only the restarted host can make the test pass.
/// </summary>
internal sealed class HostLife
{
    private volatile bool _dead;

    public bool IsAlive => !_dead;

    public void Kill() => _dead = true;
}

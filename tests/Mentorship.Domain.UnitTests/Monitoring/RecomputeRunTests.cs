using Mentorship.Domain.Monitoring;

namespace Mentorship.Domain.UnitTests.Monitoring;

/// <summary>The lifecycle of a recompute run: regions claimed under leases, taken over when a worker dies, never done without their work.</summary>
public class RecomputeRunTests
{
    private static readonly DateTimeOffset Now = new(2024, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Region = Guid.CreateVersion7();

    [Test]
    public void A_run_goes_from_queued_to_running_to_succeeded()
    {
        var run = Run();
        run.Status.Should().Be(JobRunStatus.Queued);

        run.ClaimRegion(Region, Now).Should().Be(RegionClaim.Claimed);
        run.Status.Should().Be(JobRunStatus.Running);
        run.StartedAt.Should().Be(Now);

        run.CompleteRegion(Region, run.LeaseOf(Region), 3, 40, 21, Now.AddMinutes(1)).Should().BeTrue();
        run.Status.Should().Be(JobRunStatus.Succeeded);
        run.FinishedAt.Should().Be(Now.AddMinutes(1));
        run.Regions.Single().Should().BeEquivalentTo(new { Organizations = 3, LeaseId = (Guid?)null, LeaseExpiresAt = (DateTimeOffset?)null });
        run.ClaimRegion(Region, Now.AddMinutes(2)).Should().Be(RegionClaim.Finished);
    }

    [Test]
    public void A_region_under_a_live_lease_is_busy_and_one_whose_lease_ran_out_is_claimed_again()
    {
        var run = Run();
        run.ClaimRegion(Region, Now);
        var deadWorker = run.LeaseOf(Region);

        run.ClaimRegion(Region, Now + JobRun.LeaseDuration - TimeSpan.FromSeconds(1)).Should().Be(RegionClaim.Busy);
        run.ClaimRegion(Region, Now + JobRun.LeaseDuration).Should().Be(RegionClaim.Claimed);

        run.Regions.Single().Executions.Should().Be(2);
        run.LeaseOf(Region).Should().NotBe(deadWorker);
        run.CompleteRegion(Region, deadWorker, 1, 1, 1, Now).Should().BeFalse("the dead worker's lease was taken over");
        run.RenewLease(Region, deadWorker, Now).Should().BeFalse();
        run.Status.Should().Be(JobRunStatus.Running);
    }

    [Test]
    public void A_renewed_lease_keeps_the_region_busy()
    {
        var run = Run();
        run.ClaimRegion(Region, Now);

        run.RenewLease(Region, run.LeaseOf(Region), Now + JobRun.LeaseRenewal).Should().BeTrue();

        run.ClaimRegion(Region, Now + JobRun.LeaseDuration).Should().Be(RegionClaim.Busy);
    }

    [Test]
    public void A_configured_lease_decides_how_long_a_claim_and_its_renewal_hold()
    {
        var lease = TimeSpan.FromSeconds(8);
        var run = Run();
        run.ClaimRegion(Region, Now, lease);
        run.Regions.Single().LeaseExpiresAt.Should().Be(Now + lease);

        run.RenewLease(Region, run.LeaseOf(Region), Now + JobRun.RenewalOf(lease), lease).Should().BeTrue();
        run.Regions.Single().LeaseExpiresAt.Should().Be(Now + JobRun.RenewalOf(lease) + lease);

        run.ClaimRegion(Region, Now + lease, lease).Should().Be(RegionClaim.Busy);
        run.ClaimRegion(Region, Now + JobRun.RenewalOf(lease) + lease, lease).Should().Be(RegionClaim.Claimed);
        run.Regions.Single().Executions.Should().Be(2);
    }

    [Test]
    public void A_failed_attempt_queues_the_region_again_and_the_last_fails_the_run()
    {
        var run = Run();
        for (var attempt = 1; attempt <= RegionRun.MaxAttempts; attempt++)
        {
            run.ClaimRegion(Region, Now).Should().Be(RegionClaim.Claimed);
            run.FailRegion(Region, run.LeaseOf(Region), "boom", Now).Should().BeTrue();
            run.Status.Should().Be(attempt < RegionRun.MaxAttempts ? JobRunStatus.Queued : JobRunStatus.Failed);
        }

        run.ClaimRegion(Region, Now).Should().Be(RegionClaim.Finished);
    }

    [Test]
    public void A_region_abandoned_on_its_last_attempt_fails_instead_of_running_again()
    {
        var run = Run();
        for (var attempt = 1; attempt < RegionRun.MaxAttempts; attempt++)
        {
            run.ClaimRegion(Region, Now);
            run.FailRegion(Region, run.LeaseOf(Region), "boom", Now);
        }

        run.ClaimRegion(Region, Now);

        run.ClaimRegion(Region, Now + JobRun.LeaseDuration).Should().Be(RegionClaim.Finished);
        run.Status.Should().Be(JobRunStatus.Failed);
        run.Regions.Single().Error.Should().Contain("stopped renewing");
    }

    [Test]
    public void A_run_without_regions_is_done_when_requested()
    {
        var run = new JobRun(2024, null, [], "test", Now);

        run.Status.Should().Be(JobRunStatus.Succeeded);
        run.FinishedAt.Should().Be(Now);
    }

    [Test]
    public void A_change_moves_every_year_from_its_date_to_now()
    {
        MonitoringChange.YearsAffected(new DateOnly(2022, 9, 1), Now).Should().Equal(2022, 2023, 2024);
        MonitoringChange.YearsAffected(new DateOnly(2024, 10, 1), Now).Should().Equal(2024);
    }

    private static JobRun Run() => new(2024, Region, [Region], "test", Now);
}

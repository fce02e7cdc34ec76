using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;
using NUnit.Framework.Internal.Builders;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>
/// Builds a test class once per database: <see cref="FunctionalTest"/> carries it for every database and a class
/// narrows it by carrying its own (NUnit reads fixture builders from the most derived class that has any).
/// A database that is not configured gives an ignored fixture, so the run says what it skipped.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class DatabasesAttribute(params DatabaseProvider[] providers) : NUnitAttribute, IFixtureBuilder2
{
    private readonly NUnitTestFixtureBuilder _builder = new();

    public IReadOnlyList<DatabaseProvider> Providers { get; } = providers;

    public IEnumerable<TestSuite> BuildFrom(ITypeInfo typeInfo) => BuildFrom(typeInfo, new EveryTest());

    public IEnumerable<TestSuite> BuildFrom(ITypeInfo typeInfo, IPreFilter filter)
    {
        foreach (var provider in Providers)
        {
            var fixture = _builder.BuildFrom(typeInfo, filter, new TestFixtureParameters(provider));
            if (fixture.RunState == RunState.Runnable && !TestDatabase.IsConfigured(provider))
            {
                fixture.RunState = RunState.Ignored;
                fixture.Properties.Set(PropertyNames.SkipReason, $"{provider} is not configured: set {TestDatabase.PostgresVariable} (.ci/run does) to run these tests on it.");
            }

            yield return fixture;
        }
    }

    private sealed class EveryTest : IPreFilter
    {
        public bool IsMatch(Type type) => true;

        public bool IsMatch(Type type, System.Reflection.MethodInfo method) => true;
    }
}

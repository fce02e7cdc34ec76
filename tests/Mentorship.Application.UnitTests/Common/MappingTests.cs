using AutoMapper;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mentorship.Application.UnitTests.Common;

public class MappingTests
{
    [Test]
    public void Every_profile_maps_every_member_of_its_dto()
    {
        var configuration = new MapperConfiguration(cfg => cfg.AddMaps(typeof(DependencyInjection).Assembly), NullLoggerFactory.Instance);

        configuration.AssertConfigurationIsValid();
    }
}

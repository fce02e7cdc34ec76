using FluentValidation;
using Mentorship.Application.Common.Models;

namespace Mentorship.Application.Integration.Queries.GetApiKeys;

public sealed class GetApiKeysValidator : AbstractValidator<GetApiKeysQuery>
{
    public GetApiKeysValidator() => Include(new PagedRequestValidator());
}

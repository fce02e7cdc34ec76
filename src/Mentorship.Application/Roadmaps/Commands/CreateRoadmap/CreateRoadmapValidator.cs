using FluentValidation;
using Mentorship.Application.Common;
using Mentorship.Domain.Common;

namespace Mentorship.Application.Roadmaps.Commands.CreateRoadmap;

public sealed class CreateRoadmapValidator : AbstractValidator<CreateRoadmapCommand>
{
    public CreateRoadmapValidator()
    {
        RuleFor(c => c.MunicipalityId).NotEmpty().When(c => c.OrganizationId is null)
            .WithMessage(_ => Texts.Pick("Укажите муниципалитет или организацию.", "Give a municipality or an organisation."));
        RuleFor(c => c.OrganizationId).Null().When(c => c.MunicipalityId is not null)
            .WithMessage(_ => Texts.Pick("Дорожная карта принадлежит муниципалитету или организации, не обоим.", "A roadmap belongs to a municipality or to an organisation, not both."));
        RuleFor(c => c.Title).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.AcademicYear).NotNull();
    }
}

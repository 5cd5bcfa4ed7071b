import { ComingSoon } from '../../components/ComingSoon';
import { navFr, pageIntrosFr } from '../../../shared/i18n/fr/nav';

/** TEMPORARY placeholder while the records issue is being built. */
export function LearnersPage() {
  return <ComingSoon title={navFr.learners} intro={pageIntrosFr.learners} />;
}

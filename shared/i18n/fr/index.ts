export { authFr } from './auth';
export { commonFr } from './common';
export { databaseFr } from './database';
export { errorsFr } from './errors';
export { navFr, pageIntrosFr } from './nav';
export { settingsFr } from './settings';
export { roleLabelsFr, usersFr } from './users';
export { validationFr } from './validation';

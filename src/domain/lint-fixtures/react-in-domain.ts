// Planted: the domain importing a UI framework.
import { useState } from 'react';

export const planted = useState;
